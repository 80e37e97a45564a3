package org.daybrief.deliver.mail;

/** The process "dying" at a chosen point of a test: an Error, so no code under test catches it. */
public final class SimulatedCrash extends Error {

    public SimulatedCrash() {
        super("simulated crash");
    }
}
