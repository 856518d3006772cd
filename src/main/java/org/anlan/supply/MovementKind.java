package org.anlan.supply;

/** The kinds of stock movement; receipts carry a positive quantity, issues a negative one. */
public enum MovementKind {
    IN, OUT, TRANSFER_IN, TRANSFER_OUT, WRITE_OFF;

    boolean receipt() {
        return this == IN || this == TRANSFER_IN;
    }
}
