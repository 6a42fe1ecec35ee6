import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * Loads .properties texts with the real `java.util.Properties#load(InputStream)`
 * (ISO-8859-1, as Kafka's tools read them), all in one JVM start. Returns
 * `undefined` when no `java` is installed.
 */

const PROGRAM = `
import java.io.*;
import java.nio.file.*;
import java.util.*;

public class LoadProps {
  static String q(String s) {
    StringBuilder b = new StringBuilder("\\"");
    for (char c : s.toCharArray()) {
      if (c < 0x20 || c > 0x7e || c == '"' || c == '\\\\') b.append(String.format("\\\\u%04x", (int) c));
      else b.append(c);
    }
    return b.append('"').toString();
  }
  public static void main(String[] args) throws Exception {
    StringBuilder out = new StringBuilder("[");
    for (int i = 0; i < args.length; i++) {
      Properties p = new Properties();
      try (InputStream in = Files.newInputStream(Paths.get(args[i]))) { p.load(in); }
      out.append(i == 0 ? "" : ",").append("{");
      boolean first = true;
      for (String k : new TreeSet<>(p.stringPropertyNames())) {
        out.append(first ? "" : ",").append(q(k)).append(":").append(q(p.getProperty(k)));
        first = false;
      }
      out.append("}");
    }
    System.out.print(out.append("]"));
  }
}
`;

export function hasJava(): boolean {
  return spawnSync('java', ['-version'], { stdio: 'ignore' }).status === 0;
}

export function loadWithJava(texts: string[]): Array<Record<string, string>> {
  const dir = mkdtempSync(path.join(tmpdir(), 'qw-java-props-'));
  try {
    writeFileSync(path.join(dir, 'LoadProps.java'), PROGRAM);
    const files = texts.map((text, i) => {
      const file = path.join(dir, `${i}.properties`);
      // Latin-1 bytes, as a Java tool would read them; exported files are ASCII anyway.
      writeFileSync(file, Buffer.from(text, 'latin1'));
      return file;
    });
    const out = execFileSync('java', [path.join(dir, 'LoadProps.java'), ...files], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    return JSON.parse(out);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
