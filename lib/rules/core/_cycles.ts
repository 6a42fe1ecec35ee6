/**
 * Strongly connected components (Tarjan), iterative so that long chains do not
 * hit the recursion limit. Returns components of more than one node, each in
 * discovery order; O(nodes + edges).
 */
export function cyclicComponents(nodes: readonly string[], successors: (id: string) => readonly string[]): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const components: string[][] = [];
  let counter = 0;
  for (const root of nodes) {
    if (index.has(root)) continue;
    const frames: Array<{ id: string; next: number; successors: readonly string[] }> = [];
    const open = (id: string) => {
      index.set(id, counter);
      low.set(id, counter++);
      stack.push(id);
      onStack.add(id);
      frames.push({ id, next: 0, successors: successors(id) });
    };
    open(root);
    while (frames.length > 0) {
      const frame = frames[frames.length - 1];
      if (frame.next < frame.successors.length) {
        const successor = frame.successors[frame.next++];
        if (!index.has(successor)) open(successor);
        else if (onStack.has(successor)) low.set(frame.id, Math.min(low.get(frame.id)!, index.get(successor)!));
        continue;
      }
      frames.pop();
      if (frames.length > 0) {
        const parent = frames[frames.length - 1].id;
        low.set(parent, Math.min(low.get(parent)!, low.get(frame.id)!));
      }
      if (low.get(frame.id) !== index.get(frame.id)) continue;
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== frame.id);
      if (component.length > 1) components.push(component.reverse());
    }
  }
  return components;
}
