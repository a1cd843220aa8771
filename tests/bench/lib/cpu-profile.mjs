// Samples the CPU (V8's profiler, as `node --cpu-prof` does) while a function runs, and charges each sample to a
// bucket named by `bucketOf(stack)`: the suite uses it to say which rule or code path a lint's time goes to.
// A sampling profile needs no changes to the code measured and counts shared, lazily cached work where it is spent.
import { Session } from 'node:inspector/promises';

const samplingIntervalUs = 50;

/**
 * @param run the work to profile (synchronous)
 * @param bucketOf (frames, outermost first: { functionName, url }[]) -> bucket name
 * @returns bucket -> share of the sampled time (0..1)
 */
export async function profileShares(run, bucketOf) {
  const session = new Session();
  session.connect();
  try {
    await session.post('Profiler.enable');
    await session.post('Profiler.setSamplingInterval', { interval: samplingIntervalUs });
    await session.post('Profiler.start');
    run();
    const { profile } = await session.post('Profiler.stop');
    return sharesOf(profile, bucketOf);
  } finally {
    session.disconnect();
  }
}

function sharesOf(profile, bucketOf) {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const parentOf = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);
  const bucketByNode = new Map();
  const bucketFor = (id) => {
    if (!bucketByNode.has(id)) {
      const frames = [];
      for (let at = id; at !== undefined; at = parentOf.get(at)) frames.unshift(nodes.get(at).callFrame);
      bucketByNode.set(id, bucketOf(frames));
    }
    return bucketByNode.get(id);
  };
  const time = new Map();
  let total = 0;
  profile.samples.forEach((id, index) => {
    const delta = profile.timeDeltas[index] ?? 0;
    const bucket = bucketFor(id);
    time.set(bucket, (time.get(bucket) ?? 0) + delta);
    total += delta;
  });
  return new Map([...time].map(([bucket, us]) => [bucket, total > 0 ? us / total : 0]));
}
