/**
 * The public record: every public decision of every module appended to a tamper-evident log (a Merkle
 * tree per RFC 9162 §2.1, checkpoints as C2SP signed notes) that anyone can download and verify
 * offline. This package is the plain-Java core: hashing, proofs and their verification, checkpoints
 * and signed notes. Its edges (the log's store, the listener of module events, the tiles served over
 * HTTP) come next.
 */
@ApplicationModule(displayName = "Public record", allowedDependencies = {"kernel", "platform", "charter", "voting", "consultation", "commission"})
package org.atazan.record;

import org.springframework.modulith.ApplicationModule;
