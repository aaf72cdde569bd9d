package com.intelliclaim.engine.decide.facts;

import java.util.Arrays;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the place of treatment: the first known city named, else a capitalised name after "in" or "at" ("in
 * Ranchi", "at Port Blair") that is not a month, a day, a hospital or some other common word ("in March", "in
 * Hospital", "at Apollo Hospital") nor a person's ("in Alex Jones' settlement").
 */
final class LocationReader {
    private static final Pattern IN_PLACE =
            Pattern.compile("\\b(?:[Ii]n|[Aa]t|[Nn]ear)\\s+([A-Z][a-z]++(?:[ -][A-Z][a-z]++){0,2}+)(?!['’])");
    private static final Pattern SEPARATOR = Pattern.compile("[ -]");
    private static final Set<String> NOT_PLACES = Set.of("January", "February", "March", "April", "May", "June",
            "July", "August", "September", "October", "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul",
            "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
            "Saturday", "Sunday", "Hospital", "Hospitals", "Clinic", "Centre", "Center", "Medical", "Nursing", "Home",
            "Institute", "Ward", "Network", "Emergency", "Casualty", "General", "Government", "Private", "Total",
            "The", "A", "An", "My", "His", "Her", "Our", "Their", "This", "That", "Rs", "Year", "Years", "Month",
            "Months", "Day", "Days", "Policy", "Insurance", "Mediclaim", "Cashless", "Plan", "Ayurvedic", "Ayurveda",
            "Ayush", "Least", "Present", "Time", "Pain", "Surgery", "Treatment", "Care", "Health", "Multispeciality",
            "Multi", "Speciality", "Specialty", "Trust", "Charitable", "Dental", "Eye", "Heart", "Cancer", "Children",
            "Maternity", "Apollo", "Fortis", "Max", "Manipal", "Narayana", "Medanta", "Aiims", "Hospitalisation",
            "Hospitalization", "Admission", "Advance", "Future", "Past", "All", "Any", "Accident", "Order");

    String read(ClaimText text) {
        return KnownPlaces.first(text.lower()).orElseGet(() -> afterPreposition(text.original()));
    }

    private static String afterPreposition(String original) {
        Matcher m = IN_PLACE.matcher(original);
        while (m.find()) {
            String place = m.group(1);
            if (Arrays.stream(SEPARATOR.split(place)).noneMatch(NOT_PLACES::contains)) {
                return place;
            }
        }
        return null;
    }
}
