package io.courier.processor;

import com.palantir.javapoet.ClassName;
import java.util.List;
import javax.lang.model.element.TypeElement;

/**
 * One interface to implement.
 *
 * @param element the interface, which the generated file originates from
 * @param api the interface's name
 * @param implementation the generated class, {@code Courier<Name>}
 * @param headers the interface's {@code @Headers}, as name and value pairs, shared by its methods
 * @param endpoints one per abstract method, inherited ones included
 */
record ServiceModel(
    TypeElement element, ClassName api, ClassName implementation, List<String> headers,
    List<EndpointModel> endpoints) {}
