package com.intelliclaim.engine.decide.facts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Indian cities and the world's major cities, under their current names ("Bombay" is read as Mumbai, "Bangalore" as
 * Bengaluru, so they meet the names policies list network hospitals under). Names that are also common English words
 * (Nice, Reading, Erode) are left out.
 */
final class KnownPlaces {
    /** One place a line: its name, then the older or other names it goes by. */
    private static final String PLACES = """
            Mumbai: Bombay
            New Delhi
            Delhi
            Navi Mumbai
            Bengaluru: Bangalore
            Hyderabad: Secunderabad
            Ahmedabad
            Chennai: Madras
            Kolkata: Calcutta
            Pune: Poona
            Hubballi: Hubli
            Surat, Jaipur, Lucknow, Kanpur, Nagpur, Indore, Thane, Bhopal, Patna, Ghaziabad, Ludhiana, Agra, Nashik
            Visakhapatnam: Vizag
            Vadodara: Baroda
            Varanasi: Benares, Banaras
            Prayagraj: Allahabad
            Mysuru: Mysore
            Mangaluru: Mangalore
            Belagavi: Belgaum
            Kalaburagi: Gulbarga
            Tiruchirappalli: Trichy
            Thiruvananthapuram: Trivandrum
            Kochi: Cochin, Ernakulam
            Kozhikode: Calicut
            Puducherry: Pondicherry
            Gurugram: Gurgaon
            Faridabad, Meerut, Rajkot, Srinagar, Aurangabad, Dhanbad, Amritsar, Ranchi, Howrah, Coimbatore, Jabalpur
            Gwalior, Vijayawada, Jodhpur, Madurai, Raipur, Kota, Guwahati, Chandigarh, Solapur
            Bareilly, Aligarh, Tiruppur, Noida, Greater Noida, Moradabad, Jalandhar, Bhubaneswar, Salem, Warangal
            Dehradun, Jammu, Udaipur, Shimla, Goa, Panaji, Nellore, Jamshedpur, Cuttack, Siliguri, Ajmer, Bikaner
            Gaya, Imphal, Shillong, Agartala, Aizawl, Gangtok, Kolhapur, Vellore, Thrissur, Nanded, Latur, Satara
            Sangli, Ahmednagar, Jalgaon, Akola, Amravati, Bhilai, Bilaspur, Haridwar, Rishikesh, Mathura, Gorakhpur
            Jhansi, Bhagalpur, Muzaffarpur, Tirupati, Guntur, Kakinada, Rajahmundry, Hosur, Thanjavur, Tirunelveli
            Kollam, Kottayam, Palakkad, Kannur, Davanagere, Dharwad, Shivamogga, Patiala, Bathinda, Kalyan, Vasai
            London, New York, Paris, Dubai, Abu Dhabi, Singapore, Bangkok, Hong Kong, Tokyo, Sydney, Melbourne
            Toronto, Vancouver, Los Angeles, San Francisco, Chicago, Boston, Houston, Seattle, Atlanta, Miami, Dallas
            Washington, Philadelphia, Denver, Berlin, Frankfurt, Munich, Zurich, Geneva, Amsterdam, Brussels, Madrid
            Barcelona, Rome, Milan, Vienna, Moscow, Istanbul, Doha, Riyadh, Jeddah, Muscat, Kuwait City, Kathmandu
            Colombo, Dhaka, Karachi, Lahore, Kuala Lumpur, Jakarta, Manila, Seoul, Beijing, Shanghai, Nairobi
            Johannesburg, Cape Town, Cairo, Auckland, Mexico City, Sao Paulo, Buenos Aires
            """;
    private static final Map<String, String> NAMES = names();
    private static final int LONGEST = NAMES.keySet().stream().mapToInt(name -> name.split(" ").length).max()
            .orElse(1);
    private static final Pattern WORD = Pattern.compile("[\\p{L}]+");

    private KnownPlaces() {
    }

    /**
     * The first known place named in {@code lower}, under its current name; the longest name wins where several
     * start at one word ("New Delhi" before "Delhi"). Looked up word by word: a pattern of every name would be
     * tried at every character.
     */
    static Optional<String> first(String lower) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(lower);
        while (m.find()) {
            words.add(m.group());
        }
        for (int start = 0; start < words.size(); start++) {
            for (int length = Math.min(LONGEST, words.size() - start); length > 0; length--) {
                String place = NAMES.get(String.join(" ", words.subList(start, start + length)));
                if (place != null) {
                    return Optional.of(place);
                }
            }
        }
        return Optional.empty();
    }

    private static Map<String, String> names() {
        Map<String, String> names = new HashMap<>();
        for (String line : PLACES.strip().split("\n")) {
            int colon = line.indexOf(':');
            if (colon < 0) {
                for (String name : line.split(",")) {
                    names.put(name.strip().toLowerCase(java.util.Locale.ROOT), name.strip());
                }
            } else {
                String current = line.substring(0, colon).strip();
                names.put(current.toLowerCase(java.util.Locale.ROOT), current);
                for (String alias : line.substring(colon + 1).split(",")) {
                    names.put(alias.strip().toLowerCase(java.util.Locale.ROOT), current);
                }
            }
        }
        return Map.copyOf(names);
    }
}
