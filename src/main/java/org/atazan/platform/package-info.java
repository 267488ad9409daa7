/**
 * Shared infrastructure that every module may use and that uses no module: the database, security,
 * languages, errors, layout, demo loading. Modules contribute to it through the interfaces in this
 * package (demo data sets, navigation entries, message bundles and migrations found by convention).
 */
@ApplicationModule(displayName = "Platform", allowedDependencies = "kernel")
package org.atazan.platform;

import org.springframework.modulith.ApplicationModule;
