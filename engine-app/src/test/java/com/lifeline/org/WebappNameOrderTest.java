package com.lifeline.org;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Every place of the 7.24.0 bundles that joins "firstName lastName" is found and changed. */
class WebappNameOrderTest {

    /** Joining the two parts in script ("firstName+" "+") or in a template ("{{ x.firstName }} {{"). */
    private static final Pattern GIVEN_NAME_FIRST =
            Pattern.compile("firstName\\s*\\+\\s*\" \"|firstName\\s*}}\\s*\\{\\{|firstName,[a-z.]*lastName]");

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "cockpit", "welcome", "admin"})
    void everyPlaceIsFoundAndNoNameIsJoinedGivenNameFirstAnyMore(String app) {
        String original = WebappNameOrder.original(app);
        assertThat(GIVEN_NAME_FIRST.matcher(original).find()).as("the check finds the places in Camunda's bundle").isTrue();

        WebappNameOrder.Patched patched = WebappNameOrder.patch(app, original);

        assertThat(patched.missing()).isEmpty();
        assertThat(GIVEN_NAME_FIRST.matcher(patched.content()).results().map(r -> r.group()).toList()).isEmpty();
        assertThat(patched.content()).contains("window.lifelinePersonName(");
    }
}
