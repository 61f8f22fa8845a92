package io.courier.it;

/** The JSON body type the tests send and receive. */
public record User(String name, int age) {}
