// Command go-check reads files the way Go tools do, for Queuewright's tests:
//
//	go-check compose <file>   load a Compose file with compose-go (the Compose
//	                          specification's own loader, as docker compose does)
//	                          and print the normalised project as JSON
//	go-check yaml-v2 <file>   read every YAML document with gopkg.in/yaml.v2 (YAML
//	                          1.1, as topicctl and other yaml.v2 tools read it)
//	                          and print them as a JSON array
//	go-check k8s-yaml <file>  read every document with sigs.k8s.io/yaml, as
//	                          kubectl reads manifests, and print a JSON array
//
// Exit status 1 means the tool refused the file (the reason is on stderr).
package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/compose-spec/compose-go/v2/loader"
	"github.com/compose-spec/compose-go/v2/types"
	yamlv2 "gopkg.in/yaml.v2"
	k8syaml "sigs.k8s.io/yaml"
)

func main() {
	if len(os.Args) != 3 {
		fmt.Fprintln(os.Stderr, "usage: go-check compose|yaml-v2|k8s-yaml <file>")
		os.Exit(2)
	}
	data, err := os.ReadFile(os.Args[2])
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	var out any
	switch os.Args[1] {
	case "compose":
		out, err = compose(os.Args[2], data)
	case "yaml-v2":
		out, err = yamlV2(data)
	case "k8s-yaml":
		out, err = k8sYaml(data)
	default:
		err = fmt.Errorf("unknown command %q", os.Args[1])
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	text, err := json.Marshal(out)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	fmt.Println(string(text))
}

func compose(name string, data []byte) (any, error) {
	return loader.LoadWithContext(context.Background(), types.ConfigDetails{
		WorkingDir:  ".",
		ConfigFiles: []types.ConfigFile{{Filename: name, Content: data}},
		Environment: map[string]string{},
	})
}

func yamlV2(data []byte) (any, error) {
	decoder := yamlv2.NewDecoder(bytes.NewReader(data))
	docs := []any{}
	for {
		var doc any
		err := decoder.Decode(&doc)
		if errors.Is(err, io.EOF) {
			return docs, nil
		}
		if err != nil {
			return nil, err
		}
		if doc != nil {
			docs = append(docs, jsonable(doc))
		}
	}
}

// yaml.v2 decodes maps as map[interface{}]interface{}; JSON needs string keys.
// A key that is not a string (a YAML 1.1 boolean such as an unquoted `on`) is
// printed with a marker so a test sees it changed type.
func jsonable(value any) any {
	switch v := value.(type) {
	case map[any]any:
		out := map[string]any{}
		for k, item := range v {
			key, ok := k.(string)
			if !ok {
				key = fmt.Sprintf("!%T:%v", k, k)
			}
			out[key] = jsonable(item)
		}
		return out
	case []any:
		for i, item := range v {
			v[i] = jsonable(item)
		}
		return v
	default:
		return v
	}
}

func k8sYaml(data []byte) (any, error) {
	docs := []any{}
	for _, part := range strings.Split("\n"+string(data), "\n---") {
		var doc any
		if err := k8syaml.Unmarshal([]byte(part), &doc); err != nil {
			return nil, err
		}
		if doc != nil {
			docs = append(docs, doc)
		}
	}
	return docs, nil
}
