/**
 * The runtime's behaviour tests, in a package of their own so that they reach Courier only through its public API
 * and the interfaces the processor implements.
 */
package io.courier.it;
