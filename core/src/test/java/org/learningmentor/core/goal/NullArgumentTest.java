package org.learningmentor.core.goal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.learningmentor.core.goal.GoalFixtures.GOAL_ID;
import static org.learningmentor.core.goal.GoalFixtures.NEWCOMER_ID;
import static org.learningmentor.core.goal.GoalFixtures.aMeasurement;
import static org.learningmentor.core.goal.GoalFixtures.aNewcomerIndicator;
import static org.learningmentor.core.goal.GoalFixtures.aProgramGoal;
import static org.learningmentor.core.goal.GoalFixtures.day;
import static org.learningmentor.core.goal.GoalFixtures.dec;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.learningmentor.core.common.GoalId;
import org.learningmentor.core.common.IndicatorId;

/**
 * Every public method written by hand in this package answers a null argument at once with a
 * {@link NullPointerException} whose message is the parameter's name (the exact names are asserted
 * in each type's own test). The methods are found by reflection, so a method added later is
 * covered without being listed here.
 */
class NullArgumentTest {

    /** A valid argument of each parameter type the package's public methods take. */
    private static final Map<Class<?>, Object> SAMPLES = Map.of(
            LocalDate.class, day("2026-03-31"),
            BigDecimal.class, dec("39"),
            String.class, "Henkilöstökysely",
            GoalId.class, GOAL_ID,
            IndicatorId.class, NEWCOMER_ID,
            Measurement.class, aMeasurement("2026-03-31", "39"),
            Indicator.class, aNewcomerIndicator());

    /** An instance of each type, for its instance methods. */
    private static final Map<Class<?>, Object> INSTANCES = Map.of(
            Indicator.class, aNewcomerIndicator(),
            Measurement.class, aMeasurement("2025-06-30", "55"),
            ProgramGoal.class, aProgramGoal(),
            GoalLevel.class, GoalLevel.ORGANIZATION,
            Direction.class, Direction.LOWER_IS_BETTER,
            MeasureUnit.class, MeasureUnit.PERCENT,
            GoalViolation.class, GoalViolation.INDICATOR_UNKNOWN);

    /** The public types written by hand; the generated builders' methods are not ours to change. */
    private static final List<Class<?>> TYPES = List.of(
            Indicator.class,
            Measurement.class,
            ProgramGoal.class,
            GoalLevel.class,
            Direction.class,
            MeasureUnit.class,
            GoalViolation.class,
            UnknownIndicatorException.class);

    @Test
    void publicMethodsWhenAnArgumentIsNullThenThrowNullPointerNamingIt() throws Exception {
        List<String> tried = new ArrayList<>();
        for (Class<?> type : TYPES) {
            for (Method method : type.getDeclaredMethods()) {
                if (!Modifier.isPublic(method.getModifiers())
                        || method.isSynthetic()
                        || isImplicitEnumValueOf(method)) {
                    continue;
                }
                Class<?>[] parameters = method.getParameterTypes();
                for (int nulled = 0; nulled < parameters.length; nulled++) {
                    Object[] arguments = new Object[parameters.length];
                    for (int i = 0; i < parameters.length; i++) {
                        if (i != nulled) {
                            arguments[i] = sample(method, parameters[i]);
                        }
                    }
                    Object target = Modifier.isStatic(method.getModifiers()) ? null : INSTANCES.get(type);
                    assertThrowsNullPointerNamingAParameter(method, nulled, target, arguments);
                    tried.add(type.getSimpleName() + "." + method.getName() + "#" + nulled);
                }
            }
        }
        // The reflection found the methods: 15 null arguments today, more when methods are added.
        assertThat(tried)
                .hasSizeGreaterThanOrEqualTo(15)
                .contains(
                        "Indicator.record#0",
                        "Measurement.of#2",
                        "ProgramGoal.record#0",
                        "ProgramGoal.record#1",
                        "MeasureUnit.accepts#0",
                        "GoalLevel.parse#0");
    }

    private static void assertThrowsNullPointerNamingAParameter(
            Method method, int nulled, Object target, Object[] arguments) throws IllegalAccessException {
        try {
            method.invoke(target, arguments);
            fail("%s accepted null as argument %d", method, nulled);
        } catch (InvocationTargetException e) {
            assertThat(e.getCause())
                    .as("%s with null as argument %d", method, nulled)
                    .isInstanceOf(NullPointerException.class);
            // requireNonNull(x, "x"), not a NullPointerException from deep inside
            assertThat(e.getCause().getMessage())
                    .as("%s with null as argument %d", method, nulled)
                    .matches("[a-z][A-Za-z]*");
            assertThat(e.getCause().getStackTrace()[0].getClassName())
                    .as("thrown at once, by the method's own check")
                    .isIn(
                            java.util.Objects.class.getName(),
                            method.getDeclaringClass().getName());
        }
    }

    private static Object sample(Method method, Class<?> type) {
        Object sample = SAMPLES.get(type);
        if (sample == null) {
            throw new AssertionError("no sample of " + type.getName() + " for " + method + ": add one to SAMPLES");
        }
        return sample;
    }

    /** {@code valueOf(String)} of an enum is written by the compiler, not by us. */
    private static boolean isImplicitEnumValueOf(Method method) {
        return method.getDeclaringClass().isEnum()
                && method.getName().equals("valueOf")
                && Arrays.equals(method.getParameterTypes(), new Class<?>[] {String.class});
    }
}
