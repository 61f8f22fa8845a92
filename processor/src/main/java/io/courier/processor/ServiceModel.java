package io.courier.processor;

import com.palantir.javapoet.ClassName;
import java.util.List;
import javax.lang.model.element.TypeElement;

/**
 * One interface to implement.
 *
 * @param element the interface
 * @param implementation the generated class, {@code Courier<Name>}
 * @param endpoints one per abstract method, inherited ones included
 */
record ServiceModel(TypeElement element, ClassName implementation, List<EndpointModel> endpoints) {}
