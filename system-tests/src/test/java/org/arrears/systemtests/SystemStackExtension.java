package org.arrears.systemtests;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Starts the {@link SystemStack} before the first test class that uses it and stops it when the whole run ends
 * (the root store closes it), even when tests fail. A stack that failed to start fails every later class at
 * once with the same cause instead of being started again.
 */
public final class SystemStackExtension implements BeforeAllCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(SystemStackExtension.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        stack(context);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == SystemStack.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return stack(context);
    }

    private static SystemStack stack(ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE)
                .computeIfAbsent(Holder.class, key -> new Holder(), Holder.class)
                .get();
    }

    /** Starts once; remembers a failure; closed by JUnit with the root context. */
    private static final class Holder implements AutoCloseable {

        private SystemStack stack;
        private RuntimeException failure;

        synchronized SystemStack get() {
            if (failure != null) {
                throw new IllegalStateException("the system-test stack did not start (see the first failure)",
                        failure);
            }
            if (stack == null) {
                try {
                    stack = SystemStack.start();
                } catch (RuntimeException e) {
                    failure = e;
                    throw e;
                }
            }
            return stack;
        }

        @Override
        public synchronized void close() {
            if (stack != null) {
                stack.close();
            }
        }
    }
}
