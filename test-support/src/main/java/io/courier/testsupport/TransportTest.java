package io.courier.testsupport;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Used instead of {@code @Test}: runs the method once per {@link TransportKind}, named {@code [jdk]} and so on, and
 * passes the current one to any {@code TransportKind} parameter of the method and of its {@code @BeforeEach} and
 * {@code @AfterEach} methods.
 */
@Documented
@Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@TestTemplate
@ExtendWith(TransportInvocations.class)
public @interface TransportTest {}
