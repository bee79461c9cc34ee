package com.lifeline.formguard;

import java.util.function.Supplier;

/**
 * Engine calls made by the application itself while a user is logged in, with variables the
 * application chose (e.g. the REST entry passing the id of the draft it just stored). The
 * {@link FormFieldGuard} lets them through; everything else a logged-in user sends is held to the
 * fields of the form. Use only around code that builds its variables itself, never around values
 * copied from a request.
 */
public final class ApplicationCalls {

    private static final ThreadLocal<Boolean> ACTIVE = new ThreadLocal<>();

    private ApplicationCalls() {
    }

    public static <T> T run(Supplier<T> call) {
        boolean outer = active();
        ACTIVE.set(Boolean.TRUE);
        try {
            return call.get();
        } finally {
            if (!outer) {
                ACTIVE.remove();
            }
        }
    }

    static boolean active() {
        return Boolean.TRUE.equals(ACTIVE.get());
    }
}
