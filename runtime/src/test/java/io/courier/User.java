package io.courier;

/** The JSON body type the tests send and receive. */
public record User(String name, int age) {}
