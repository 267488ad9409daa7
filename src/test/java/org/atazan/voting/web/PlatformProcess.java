package org.atazan.voting.web;

import org.atazan.AtazanApplication;

/** The whole platform in a process of its own, started by a test from the test classpath with Spring arguments. */
public final class PlatformProcess {
    private PlatformProcess() {
    }

    public static void main(String[] args) {
        AtazanApplication.start(args);
    }
}
