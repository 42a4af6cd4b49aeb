package dev.gilcheck.model;

import dev.gilcheck.checker.BadInputException;
import java.util.EnumMap;
import java.util.Map;
import java.util.StringJoiner;

/** A value for every toggle. Immutable; {@link #with} gives a changed copy. */
public final class Toggles {
    private final EnumMap<Toggle, String> values;

    private Toggles(EnumMap<Toggle, String> values) {
        this.values = values;
    }

    /** Every toggle at its first value: the code before any of the modelled changes. */
    public static Toggles none() {
        EnumMap<Toggle, String> v = new EnumMap<>(Toggle.class);
        for (Toggle t : Toggle.values()) {
            v.put(t, t.choices().get(0));
        }
        return new Toggles(v);
    }

    public Toggles with(Toggle t, String value) {
        if (!t.choices().contains(value)) {
            throw new BadInputException("toggle " + t.id() + " cannot be '" + value + "'; use one of "
                    + String.join(", ", t.choices()));
        }
        EnumMap<Toggle, String> v = new EnumMap<>(values);
        v.put(t, value);
        return new Toggles(v);
    }

    public Toggles on(Toggle t) {
        return with(t, "on");
    }

    public Toggles off(Toggle t) {
        return with(t, "off");
    }

    /** Applies {@code name=value} (or a bare {@code name}, meaning on). */
    public Toggles apply(String setting) {
        int eq = setting.indexOf('=');
        String name = eq < 0 ? setting.trim() : setting.substring(0, eq).trim();
        Toggle t = Toggle.byId(name);
        if (t == null) {
            throw new BadInputException("unknown toggle '" + name + "'; valid toggles: " + allIds());
        }
        if (eq < 0 && !t.isSwitch()) {
            throw new BadInputException("toggle " + name + " needs a value: " + name + "="
                    + String.join("|", t.choices()));
        }
        return with(t, eq < 0 ? "on" : setting.substring(eq + 1).trim());
    }

    public boolean on(Toggle t, String value) {
        return values.get(t).equals(value);
    }

    public boolean isOn(Toggle t) {
        return values.get(t).equals("on");
    }

    public String value(Toggle t) {
        return values.get(t);
    }

    public Map<Toggle, String> asMap() {
        return new EnumMap<>(values);
    }

    private static String allIds() {
        StringJoiner j = new StringJoiner(", ");
        for (Toggle t : Toggle.values()) {
            j.add(t.id());
        }
        return j.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Toggles other && values.equals(other.values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    /** The toggles that differ from {@link #none()}, as {@code name=value} settings. */
    @Override
    public String toString() {
        StringJoiner j = new StringJoiner(" ");
        for (Map.Entry<Toggle, String> e : values.entrySet()) {
            if (!e.getValue().equals(e.getKey().choices().get(0))) {
                j.add(e.getKey().id() + "=" + e.getValue());
            }
        }
        return j.toString();
    }
}
