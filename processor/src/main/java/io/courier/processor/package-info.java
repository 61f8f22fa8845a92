/**
 * Courier's annotation processor: it reads each interface with a verb-annotated method into a model
 * ({@code ServiceReader}, {@code EndpointReader}, {@code ParameterReader}, {@code ReturnTypeReader}), checks it
 * ({@code BindingValidator}, {@code HeaderReader}), and writes {@code Courier<Name>} with JavaPoet
 * ({@code ServiceWriter}). Every diagnostic it reports is listed in {@code processor/DIAGNOSTICS.md}.
 *
 * <p>Parameters and return values are never {@code null} unless documented otherwise.
 */
package io.courier.processor;
