package io.camelbenthos.nats;

/**
 * NATS subject rules, checked at lint: dot-separated non-empty tokens without whitespace, {@code >} only as the last
 * token of a subscription. The server would refuse such a subject only at run time (or, publishing, drop it).
 */
public final class NatsSubjects {
    private NatsSubjects() {
    }

    /**
     * Why {@code subject} is not valid, or null when it is.
     *
     * @param wildcards whether {@code *} and {@code >} are allowed (subscriptions, KV key filters)
     */
    public static String problem(String subject, boolean wildcards) {
        if (subject.isEmpty()) {
            return "subject must not be empty";
        }
        if (subject.chars().anyMatch(Character::isWhitespace)) {
            return "invalid subject \"" + subject + "\": it must not contain whitespace";
        }
        String[] tokens = subject.split("\\.", -1);
        for (int i = 0; i < tokens.length; i++) {
            String t = tokens[i];
            if (t.isEmpty()) {
                return "invalid subject \"" + subject + "\": empty token";
            }
            boolean wildcard = t.equals("*") || t.equals(">");
            if (wildcard && !wildcards) {
                return "invalid subject \"" + subject + "\": wildcards are not allowed here";
            }
            if (t.equals(">") && i != tokens.length - 1) {
                return "invalid subject \"" + subject + "\": '>' must be the last token";
            }
        }
        return null;
    }
}
