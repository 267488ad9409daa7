/**
 * Systematization: how a consultation's proposals relate to one another. The similarity of two short
 * texts per language, groups of near-duplicates at mass-campaign scale, topical clusters per article,
 * and opinion groups found from citizens' reactions. This package is the plain-Java core; the
 * commands in {@code cli} run it without a server.
 */
@ApplicationModule(displayName = "Systematization", allowedDependencies = {"kernel", "platform", "consultation", "charter"})
package org.atazan.systematization;

import org.springframework.modulith.ApplicationModule;
