/**
 * Consultation: citizens' proposals about a charter's articles, received from every channel, given a
 * reference number, tracked through their statuses and answered in public within a deadline counted
 * in working days. Its public face is this package: the records, the use cases
 * ({@link org.atazan.consultation.ProposalDesk}, {@link org.atazan.consultation.ConsultationRegistry}),
 * the events it publishes and its storage port.
 */
@ApplicationModule(displayName = "Consultation", allowedDependencies = {"kernel", "platform", "charter"})
package org.atazan.consultation;

import org.springframework.modulith.ApplicationModule;
