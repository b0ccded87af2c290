package seqstream.training.dates;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.random.RandomGenerator;

/**
 * The ways people write a date, one family each: the course's en_US patterns (named as the course's
 * babel patterns are) and what people type besides. Each family writes a date its own way; the noise
 * every family gets (letter case, commas, spacing) is added by {@link DateExamples}.
 */
public enum DateFamily {
    SHORT("short (M/d/yy)", true) {
        String write(LocalDate d, RandomGenerator r) {
            return d.getMonthValue() + "/" + d.getDayOfMonth() + "/" + twoDigitYear(d);
        }
    },
    MEDIUM("medium (MMM d, y)", false) {
        String write(LocalDate d, RandomGenerator r) {
            return shortMonth(d, r) + " " + d.getDayOfMonth() + ", " + d.getYear();
        }
    },
    LONG("long (MMMM d, y)", false) {
        String write(LocalDate d, RandomGenerator r) {
            return longMonth(d) + " " + d.getDayOfMonth() + ", " + d.getYear();
        }
    },
    FULL("full (EEEE, MMMM d, y)", false) {
        String write(LocalDate d, RandomGenerator r) {
            return longWeekday(d) + ", " + longMonth(d) + " " + d.getDayOfMonth() + ", " + d.getYear();
        }
    },
    D_MMM_Y("d MMM y", false) {
        String write(LocalDate d, RandomGenerator r) {
            return d.getDayOfMonth() + " " + shortMonth(d, r) + " " + d.getYear();
        }
    },
    D_MMMM_Y("d MMMM y", false) {
        String write(LocalDate d, RandomGenerator r) {
            return d.getDayOfMonth() + " " + longMonth(d) + " " + d.getYear();
        }
    },
    DD_MMM_Y("dd MMM y", false) {
        String write(LocalDate d, RandomGenerator r) {
            return twoDigits(d.getDayOfMonth()) + " " + shortMonth(d, r) + " " + d.getYear();
        }
    },
    D_MMM_COMMA_Y("d MMM, y", false) {
        String write(LocalDate d, RandomGenerator r) {
            return d.getDayOfMonth() + " " + shortMonth(d, r) + ", " + d.getYear();
        }
    },
    D_MMMM_COMMA_Y("d MMMM, y", false) {
        String write(LocalDate d, RandomGenerator r) {
            return d.getDayOfMonth() + " " + longMonth(d) + ", " + d.getYear();
        }
    },
    DD_COMMA_MMM_Y("dd, MMM y", false) {
        String write(LocalDate d, RandomGenerator r) {
            return twoDigits(d.getDayOfMonth()) + ", " + shortMonth(d, r) + " " + d.getYear();
        }
    },
    D_MM_YY("d MM yy", true) {
        String write(LocalDate d, RandomGenerator r) {
            return d.getDayOfMonth() + " " + twoDigits(d.getMonthValue()) + " " + twoDigitYear(d);
        }
    },
    MMMM_D_Y("MMMM d y", false) {
        String write(LocalDate d, RandomGenerator r) {
            return longMonth(d) + " " + d.getDayOfMonth() + " " + d.getYear();
        }
    },
    MMMM_D_COMMA_Y("MMMM d, y", false) {
        String write(LocalDate d, RandomGenerator r) {
            return longMonth(d) + " " + d.getDayOfMonth() + ", " + d.getYear();
        }
    },
    DD_MM_YY_DOTS("dd.MM.yy", true) {
        String write(LocalDate d, RandomGenerator r) {
            return twoDigits(d.getDayOfMonth()) + "." + twoDigits(d.getMonthValue()) + "." + twoDigitYear(d);
        }
    },
    /**
     * "March 3rd 2001", "21st of August 2016", "4th of july 2001", a misspelt suffix now and then ("21th"),
     * and one time in four a weekday in front ("Wednesday, the 21st of September 2016").
     */
    ORDINAL("ordinal day", false) {
        String write(LocalDate d, RandomGenerator r) {
            String day = ordinalDay(d.getDayOfMonth(), r);
            String month = r.nextBoolean() ? longMonth(d) : shortMonth(d, r);
            String date = switch (r.nextInt(4)) {
                case 0 -> month + " " + day + " " + d.getYear();
                case 1 -> day + " of " + month + " " + d.getYear();
                case 2 -> day + " " + month + " " + d.getYear();
                default -> "the " + day + " of " + month + " " + d.getYear();
            };
            if (r.nextInt(4) != 0) {
                return date;
            }
            return (r.nextBoolean() ? longWeekday(d) : shortWeekday(d, r)) + (r.nextBoolean() ? ", " : " ") + date;
        }
    },
    /** "Tue 10 Jul 2007", "Sat, May 9, 2018". */
    WEEKDAY_ABBREVIATED("abbreviated weekday", false) {
        String write(LocalDate d, RandomGenerator r) {
            String weekday = shortWeekday(d, r);
            String month = r.nextBoolean() ? shortMonth(d, r) : longMonth(d);
            return switch (r.nextInt(3)) {
                case 0 -> weekday + " " + d.getDayOfMonth() + " " + month + " " + d.getYear();
                case 1 -> weekday + ", " + month + " " + d.getDayOfMonth() + ", " + d.getYear();
                default -> weekday + " " + twoDigits(d.getDayOfMonth()) + " " + month + " " + d.getYear();
            } ;
        }
    },
    /** A full weekday without commas, as in "Saturday May 9 2018". */
    WEEKDAY_FULL("full weekday, no commas", false) {
        String write(LocalDate d, RandomGenerator r) {
            return r.nextBoolean()
                    ? longWeekday(d) + " " + longMonth(d) + " " + d.getDayOfMonth() + " " + d.getYear()
                    : longWeekday(d) + " " + d.getDayOfMonth() + " " + longMonth(d) + " " + d.getYear();
        }
    },
    /** A month name with a two-digit year: "5 April 09", "Apr 5 09". */
    MONTH_NAME_TWO_DIGIT_YEAR("month name, two-digit year", true) {
        String write(LocalDate d, RandomGenerator r) {
            String month = r.nextBoolean() ? longMonth(d) : shortMonth(d, r);
            return r.nextBoolean()
                    ? d.getDayOfMonth() + " " + month + " " + twoDigitYear(d)
                    : month + " " + d.getDayOfMonth() + " " + twoDigitYear(d);
        }
    },
    /** Numbers only, four-digit year: "5/9/2018" (month first) and "09.05.2018" (day first). */
    NUMERIC_FOUR_DIGIT_YEAR("numeric, four-digit year", false) {
        String write(LocalDate d, RandomGenerator r) {
            return r.nextBoolean()
                    ? d.getMonthValue() + "/" + d.getDayOfMonth() + "/" + d.getYear()
                    : twoDigits(d.getDayOfMonth()) + "." + twoDigits(d.getMonthValue()) + "." + d.getYear();
        }
    },
    ISO("ISO (yyyy-MM-dd)", false) {
        String write(LocalDate d, RandomGenerator r) {
            return d.toString();
        }
    };

    /** Dates are drawn from these years; a two-digit year means 1970-2069 (70-99: 19xx, 00-69: 20xx). */
    public static final LocalDate FIRST = LocalDate.of(1900, 1, 1);
    public static final LocalDate LAST = LocalDate.of(2099, 12, 31);
    public static final LocalDate FIRST_TWO_DIGIT = LocalDate.of(1970, 1, 1);
    public static final LocalDate LAST_TWO_DIGIT = LocalDate.of(2069, 12, 31);

    private final String label;
    private final boolean twoDigitYear;

    DateFamily(String label, boolean twoDigitYear) {
        this.label = label;
        this.twoDigitYear = twoDigitYear;
    }

    /** The date as this family writes it, before noise. */
    abstract String write(LocalDate date, RandomGenerator random);

    public String label() {
        return label;
    }

    /** A date this family can write unambiguously. */
    LocalDate drawDate(RandomGenerator random) {
        LocalDate first = twoDigitYear ? FIRST_TWO_DIGIT : FIRST;
        LocalDate last = twoDigitYear ? LAST_TWO_DIGIT : LAST;
        return first.plusDays(random.nextLong(last.toEpochDay() - first.toEpochDay() + 1));
    }

    private static String twoDigits(int value) {
        return value < 10 ? "0" + value : String.valueOf(value);
    }

    private static String twoDigitYear(LocalDate d) {
        return twoDigits(d.getYear() % 100);
    }

    private static String longMonth(LocalDate d) {
        return d.getMonth().getDisplayName(TextStyle.FULL, Locale.US);
    }

    /** "Sep", and now and then "Sept", as people write it. */
    private static String shortMonth(LocalDate d, RandomGenerator r) {
        String month = d.getMonth().getDisplayName(TextStyle.SHORT, Locale.US);
        return month.equals("Sep") && r.nextInt(4) == 0 ? "Sept" : month;
    }

    private static String longWeekday(LocalDate d) {
        return d.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.US);
    }

    /** "Tue", and now and then "Tues" or "Thurs". */
    private static String shortWeekday(LocalDate d, RandomGenerator r) {
        String weekday = d.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.US);
        if (r.nextInt(5) == 0) {
            return switch (weekday) {
                case "Tue" -> "Tues";
                case "Thu" -> r.nextBoolean() ? "Thur" : "Thurs";
                case "Wed" -> "Weds";
                default -> weekday;
            };
        }
        return weekday;
    }

    /** 1st, 2nd, 3rd, 4th, 11th, 21st...; one time in eight "th" whatever the day, as in "21th". */
    private static String ordinalDay(int day, RandomGenerator r) {
        if (r.nextInt(8) == 0) {
            return day + "th";
        }
        if (day % 100 >= 11 && day % 100 <= 13) {
            return day + "th";
        }
        return day + switch (day % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
    }
}
