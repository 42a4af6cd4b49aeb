package dev.gilcheck.model;

import dev.gilcheck.checker.engine.BadInputException;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

/**
 * A value for every toggle. Immutable; {@link #with} gives a changed copy. Model code asks typed
 * questions ({@link #isOn}, {@link #is}, {@link #value(Class)}); ids are parsed only where a value
 * comes in as text ({@link #apply}, {@link #with(Toggle, String)}).
 */
public final class Toggles {
    private final EnumMap<Toggle, ToggleValue> values;

    private Toggles(EnumMap<Toggle, ToggleValue> values) {
        this.values = values;
    }

    /** Every toggle at its first value: the code before any of the modelled changes. */
    public static Toggles none() {
        EnumMap<Toggle, ToggleValue> v = new EnumMap<>(Toggle.class);
        for (Toggle t : Toggle.values()) {
            v.put(t, t.choiceValues().get(0));
        }
        return new Toggles(v);
    }

    public Toggles with(Toggle t, ToggleValue value) {
        if (!t.takes(value)) {
            throw new IllegalArgumentException("toggle " + t.id() + " does not take " + value);
        }
        EnumMap<Toggle, ToggleValue> v = new EnumMap<>(values);
        v.put(t, value);
        return new Toggles(v);
    }

    /** The toggle whose values are of {@code value}'s type set to {@code value} (not for switches). */
    public Toggles with(ToggleValue value) {
        return with(Toggle.of(value.getClass()), value);
    }

    /** Sets {@code t} to the value written {@code valueId}. */
    public Toggles with(Toggle t, String valueId) {
        return with(t, t.parse(valueId));
    }

    public Toggles on(Toggle t) {
        return with(t, Switch.ON);
    }

    public Toggles off(Toggle t) {
        return with(t, Switch.OFF);
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
        return eq < 0 ? on(t) : with(t, setting.substring(eq + 1).trim());
    }

    public boolean isOn(Toggle t) {
        return values.get(t) == Switch.ON;
    }

    /** Whether the toggle whose values are of {@code value}'s type is set to {@code value} (not for switches). */
    public boolean is(ToggleValue value) {
        return values.get(Toggle.of(value.getClass())) == value;
    }

    /** The value of the toggle whose values are of {@code type} (not for switches). */
    public <V extends ToggleValue> V value(Class<V> type) {
        return type.cast(values.get(Toggle.of(type)));
    }

    /** The id of {@code t}'s value, as the command line writes it. */
    public String value(Toggle t) {
        return values.get(t).id();
    }

    /** Every toggle's value id, in toggle order. */
    public Map<Toggle, String> asMap() {
        Map<Toggle, String> ids = new LinkedHashMap<>();
        values.forEach((t, v) -> ids.put(t, v.id()));
        return ids;
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
        for (Map.Entry<Toggle, ToggleValue> e : values.entrySet()) {
            if (e.getValue() != e.getKey().choiceValues().get(0)) {
                j.add(e.getKey().id() + "=" + e.getValue().id());
            }
        }
        return j.toString();
    }
}
