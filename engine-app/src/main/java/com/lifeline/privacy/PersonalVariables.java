package com.lifeline.privacy;

import java.util.Set;

/**
 * A feature's variables that may carry personal data because its forms submit them (a bean per
 * feature). The step that receives them moves them into the customer store; they never reach history.
 */
public interface PersonalVariables {

    Set<String> personalVariableNames();
}
