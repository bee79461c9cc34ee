package com.lifeline.change;

import com.lifeline.entry.FieldProblem;
import com.lifeline.web.ClientErrorException;
import org.springframework.http.HttpStatus;

import java.util.List;

/** A change breaks a rule: every problem with its field (400); nothing was written. */
public class ChangeRefusedException extends ClientErrorException {

    private final transient List<FieldProblem> problems;

    ChangeRefusedException(List<FieldProblem> problems) {
        super(HttpStatus.BAD_REQUEST, problems.get(0).field(), problems.get(0).message());
        this.problems = List.copyOf(problems);
    }

    ChangeRefusedException(String field, String message) {
        this(List.of(new FieldProblem(field, message)));
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
