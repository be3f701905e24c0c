package io.plantrail.command.imports;

import io.plantrail.events.Lead;
import io.plantrail.events.LeadKind;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a Lead cell into leads: {@code Ken Morton/ Catherine Marchant} is two people, {@code CX/ACE with interim
 * DCS} three posts, {@code TBC} none. A table never says whether a lead is a person, a post or a body, so the kind
 * is looked up in lists of known posts and bodies (a default list, plus what the caller names), then guessed from
 * the words; every guess that no list backs is reported, so the caller can name it and import again.
 */
final class LeadReader {

    /** Posts as councils abbreviate them; case does not matter. */
    static final Set<String> DEFAULT_POSTS = Set.of(
            "CX", "CEX", "Chief Executive", "ACE", "Assistant Chief Executive", "DCS",
            "Director of Children's Services", "Director", "Deputy Director", "Chief Officer", "Head of Service",
            "Chair LSCB", "Leader", "Lead Member", "Executive Member", "Cabinet Member", "Portfolio Holder",
            "Monitoring Officer", "Section 151 Officer", "S151 Officer", "Head Teacher", "Headteacher",
            "Principal Social Worker", "Chief Finance Officer");

    /** Boards, partnerships and services that lead actions in their own name. */
    static final Set<String> DEFAULT_BODIES = Set.of(
            "Children's Trust Board", "LSCB", "Local Safeguarding Children's Board",
            "Local Safeguarding Children Board", "Safer Leeds", "Connexions", "CSLT", "Health and Wellbeing Board",
            "Executive Board", "Scrutiny Board", "Cabinet", "Schools Forum");

    private static final Pattern SEPARATORS = Pattern.compile("\\s*/\\s*|\\s+with\\s+|\\s*;\\s*|\\n",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NONE = Pattern.compile("(?i)tbc|tba|tbd|to be confirmed|n/?a|none|-+|–|\\?+");
    private static final Pattern QUALIFIER = Pattern.compile("(?i)^(interim|acting|deputy|assistant|temporary|"
            + "new|permanent|vice)\\s+");
    private static final Pattern POST_WORDS = Pattern.compile("(?i)^(chair|vice[- ]chair|head|director|chief|"
            + "manager|lead officer|officer|coordinator|co-ordinator)\\b|\\b(manager|officer|director|lead|"
            + "advisor|adviser|coordinator)$");
    private static final Pattern BODY_WORDS = Pattern.compile("(?i)\\b(board|committee|partnership|trust|team|"
            + "teams|service|services|group|forum|council|panel|network|unit|department|directorate|agency|"
            + "partners|commission)\\b");
    private static final Pattern ACRONYM = Pattern.compile("[A-Z0-9&]{2,8}");
    private static final Pattern PERSON = Pattern.compile("\\p{Lu}[\\p{L}'’.-]+(\\s+\\p{Lu}[\\p{L}'’.-]+){1,3}");

    private final Set<String> posts;
    private final Set<String> bodies;

    LeadReader(Iterable<String> morePosts, Iterable<String> moreBodies) {
        this.posts = normalised(DEFAULT_POSTS, morePosts);
        this.bodies = normalised(DEFAULT_BODIES, moreBodies);
    }

    /** The leads a cell names, and what had to be guessed or tidied on the way. */
    record Read(List<Lead> leads, List<String> warnings) {
    }

    Read read(String cell) {
        List<String> warnings = new ArrayList<>();
        String text = cell.strip();
        if (text.isEmpty() || NONE.matcher(text).matches()) {
            return new Read(List.of(), warnings);
        }
        List<Lead> leads = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (String part : SEPARATORS.split(text)) {
            String name = part.strip().replaceAll("\\s+", " ");
            if (name.isEmpty() || NONE.matcher(name).matches()) {
                continue;
            }
            if (!seen.add(key(name))) {
                warnings.add("names '" + name + "' twice; it is one lead");
                continue;
            }
            leads.add(new Lead(name, kindOf(name, warnings)));
        }
        return new Read(List.copyOf(leads), warnings);
    }

    private LeadKind kindOf(String name, List<String> warnings) {
        String key = key(name);
        if (bodies.contains(key)) {
            return LeadKind.BODY;
        }
        if (posts.contains(key) || posts.contains(key(QUALIFIER.matcher(name).replaceFirst("")))
                || POST_WORDS.matcher(name).find()) {
            return LeadKind.POST;
        }
        if (BODY_WORDS.matcher(name).find()) {
            return LeadKind.BODY;
        }
        if (ACRONYM.matcher(name).matches()) {
            warnings.add("'" + name + "' is on no list of posts or bodies; read as a post (name it with post= or "
                    + "body= to be sure)");
            return LeadKind.POST;
        }
        if (!PERSON.matcher(name).matches()) {
            warnings.add("'" + name + "' is on no list of posts or bodies and does not look like a person's name; "
                    + "read as a person (name it with post= or body= if it is not)");
        }
        return LeadKind.PERSON;
    }

    private static Set<String> normalised(Set<String> defaults, Iterable<String> more) {
        Set<String> all = new LinkedHashSet<>();
        defaults.forEach(name -> all.add(key(name)));
        if (more != null) {
            more.forEach(name -> {
                if (name != null && !name.isBlank()) {
                    all.add(key(name));
                }
            });
        }
        return all;
    }

    /** Case, spacing and the kind of apostrophe do not make another name. */
    private static String key(String name) {
        return name.strip().replaceAll("\\s+", " ").replace('’', '\'').toLowerCase(Locale.ROOT);
    }
}
