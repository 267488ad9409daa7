/**
 * Shared infrastructure that every module may use and that uses no module: the database, security,
 * languages, errors, layout, demo loading. Modules contribute to it through the interfaces in this
 * package (demo data sets, navigation entries, message bundles and migrations found by convention).
 * <p>
 * Its public face for modules, all in this package and, but for {@link org.atazan.platform.LiveStreams}, free of servlet
 * and Spring types:
 * {@link org.atazan.platform.PasswordPolicy} (what any password must be),
 * {@link org.atazan.platform.AuditTrail} (who did what, when, to which object) and
 * {@link org.atazan.platform.Assignments} (which objects an official may act on),
 * {@link org.atazan.platform.AfterCommit} (an in-memory reaction once a decision committed),
 * {@link org.atazan.platform.ClusterSignals} (a hint to every node) and
 * {@link org.atazan.platform.LiveStreams} (the bookkeeping of server-sent event streams: the one part of this
 * face with Spring's web types, as it hands out their emitters; for the {@code web} edges only), besides
 * {@link org.atazan.platform.DemoDataSet} and {@link org.atazan.platform.NavigationEntry}. Modules
 * use them in their edges ({@code web}, {@code persistence}, {@code config}), never in their core.
 */
@ApplicationModule(displayName = "Platform", allowedDependencies = "kernel")
package org.atazan.platform;

import org.springframework.modulith.ApplicationModule;
