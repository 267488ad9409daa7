/**
 * Commission: bodies (a reform commission, a working group, a council) with members and roles over
 * terms and their own rules (quorum, the majority each kind of decision needs), meetings run by their
 * secretary and chair, and polls (named, secret, analog) whose result is computed under those rules
 * with the arithmetic shown. This package is the plain-Java core.
 */
@ApplicationModule(displayName = "Commission", allowedDependencies = {"kernel", "platform", "charter", "consultation", "systematization"})
package org.atazan.commission;

import org.springframework.modulith.ApplicationModule;
