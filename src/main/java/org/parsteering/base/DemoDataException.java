package org.parsteering.base;

/** A demo data file that cannot be loaded; the message names the file, the line and the column. */
public class DemoDataException extends IllegalStateException {

    public DemoDataException(String message) {
        super(message);
    }
}
