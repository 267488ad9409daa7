/**
 * A throw-away module that uses the charter and voting faces the way the modules to come will:
 * consultation cites an article and says how it changed, commission amends an article and publishes
 * the consolidated text as the next version with its redline, the public record listens to decisions.
 * It lives in src/test only; {@code TrialModuleTest} proves the graph allows all of it.
 */
@ApplicationModule(displayName = "Trial", allowedDependencies = {"kernel", "platform", "charter", "voting"})
package org.atazan.trial;

import org.springframework.modulith.ApplicationModule;
