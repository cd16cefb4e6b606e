package org.parsteering.base;

import java.util.Arrays;

/**
 * A broken rule. Its message is a translation key (plus arguments), safe to show to the user; the UI's
 * error handler translates it. Thrown by services, never by views.
 */
public class BusinessException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] args;

    public BusinessException(String messageKey, Object... args) {
        super(messageKey + (args.length == 0 ? "" : " " + Arrays.toString(args)));
        this.messageKey = messageKey;
        this.args = args.clone();
    }

    public String getMessageKey() {
        return messageKey;
    }

    public Object[] getArgs() {
        return args.clone();
    }
}
