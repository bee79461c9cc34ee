package com.lifeline.database;

/** Receives an AUTO_INCREMENT key from a MyBatis insert. */
public class GeneratedId {

    private Long id;

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
