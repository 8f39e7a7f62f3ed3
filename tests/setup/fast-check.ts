import fc from "fast-check";

// A property that fails on a random seed must come back as a failure with its seed, not shrink for ever: a synchronous
// shrink cannot be stopped by vitest's timeout, and one held CI's unit step past its 5,400 s (reader/guess NaN year).
// Interrupted before any failure, a property simply ran fewer cases; after one, fast-check reports it, shrunk so far.
fc.configureGlobal({ interruptAfterTimeLimit: 60_000 });
