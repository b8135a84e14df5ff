package cn.chuanyu.metrology.bench;

import java.util.HashMap;
import java.util.Map;

/**
 * Scenario sizes: the sizes by default, small ones with {@code -Dbench.quick=true}, and any single one
 * overridden by {@code -Dbench.sizes=name=value,...} (names as the record components).
 */
record Sizes(int parties, int inspectors, int starts, int clients, int lifecyclesPerClient, int openInspections,
             int queueReads, int repeats, int coldStarts, int loadSeconds, int soakMinutes, int maxClients,
             int stepSeconds) {

    static Sizes fromSystemProperties() {
        boolean quick = Boolean.getBoolean("bench.quick");
        Map<String, Integer> values = new HashMap<>(quick
                ? Map.of("parties", 5_000, "inspectors", 100, "starts", 300, "clients", 8, "lifecyclesPerClient", 3,
                "openInspections", 5_000, "queueReads", 50, "repeats", 3, "coldStarts", 1, "loadSeconds", 10)
                : Map.of("parties", 100_000, "inspectors", 500, "starts", 5_000, "clients", 8,
                "lifecyclesPerClient", 6, "openInspections", 100_000, "queueReads", 200, "repeats", 3,
                "coldStarts", 3, "loadSeconds", 30));
        values.put("soakMinutes", quick ? 6 : 60);
        // the saturation ramp: 8, 16, 32 ... clients up to maxClients, each step measured for stepSeconds
        values.put("maxClients", 64);
        values.put("stepSeconds", quick ? 20 : 60);
        String overrides = System.getProperty("bench.sizes", "none");
        if (!overrides.isBlank() && !overrides.equals("none")) {
            for (String pair : overrides.split(",")) {
                String[] nameValue = pair.trim().split("=");
                if (!values.containsKey(nameValue[0])) {
                    throw new IllegalArgumentException("Unknown size " + nameValue[0] + "; known: " + values.keySet());
                }
                values.put(nameValue[0], Integer.parseInt(nameValue[1]));
            }
        }
        return new Sizes(values.get("parties"), values.get("inspectors"), values.get("starts"), values.get("clients"),
                values.get("lifecyclesPerClient"), values.get("openInspections"), values.get("queueReads"),
                values.get("repeats"), values.get("coldStarts"), values.get("loadSeconds"), values.get("soakMinutes"),
                values.get("maxClients"), values.get("stepSeconds"));
    }
}
