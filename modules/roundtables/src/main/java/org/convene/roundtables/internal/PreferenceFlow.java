package org.convene.roundtables.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jgrapht.Graph;
import org.jgrapht.alg.flow.mincost.CapacityScalingMinimumCostFlow;
import org.jgrapht.alg.flow.mincost.MinimumCostFlowProblem;
import org.jgrapht.alg.interfaces.MinimumCostFlowAlgorithm;
import org.jgrapht.graph.DefaultDirectedWeightedGraph;
import org.jgrapht.graph.DefaultWeightedEdge;

/**
 * The preference part of the seating as a minimum-cost flow (JGraphT's capacity scaling), solved to
 * optimality. Its costs make the optimum lexicographic: first the most delegates at one of their
 * choices, then among those the most first choices, then the most second choices.
 *
 * <p>Delegates with the same choices are one node of the network (at most 12·11·10 kinds for twelve
 * roundtables), so the network stays small however many delegates there are: kinds → tables → sink,
 * and kinds → "no seat" → sink for those who cannot have any of their choices.
 */
final class PreferenceFlow {
    private PreferenceFlow() {
    }

    /** The table index of each delegate, or -1 for none of their choices (no seat). */
    static int[] solve(int[][] choices, int[] free) {
        int n = choices.length;
        int[] table = new int[n];
        Arrays.fill(table, -1);
        if (n == 0) {
            return table;
        }
        Map<List<Integer>, List<Integer>> kinds = new LinkedHashMap<>();
        for (int d = 0; d < n; d++) {
            kinds.computeIfAbsent(Arrays.stream(choices[d]).boxed().toList(), k -> new ArrayList<>()).add(d);
        }
        // rank 1 costs 0, rank 2 costs k, rank 3 k + 1 with k > n: one more first choice outweighs any
        // number of second-for-third trades; "no seat" costs more than all ranked seats together.
        long k = n + 1L;
        long[] rankCost = {0, k, k + 1};
        double noSeat = (double) (n + 2) * (k + 1);

        int kindCount = kinds.size();
        int tables = free.length;
        int none = kindCount + tables;
        int sink = none + 1;
        Graph<Integer, DefaultWeightedEdge> graph = new DefaultDirectedWeightedGraph<>(DefaultWeightedEdge.class);
        for (int v = 0; v <= sink; v++) {
            graph.addVertex(v);
        }
        Map<DefaultWeightedEdge, Integer> capacity = new HashMap<>();
        Map<Integer, Integer> supply = new HashMap<>();
        List<List<Integer>> kindChoices = new ArrayList<>(kinds.keySet());
        List<List<Integer>> members = new ArrayList<>(kinds.values());
        for (int kind = 0; kind < kindCount; kind++) {
            int count = members.get(kind).size();
            supply.put(kind, count);
            List<Integer> ranked = kindChoices.get(kind);
            for (int rank = 0; rank < ranked.size(); rank++) {
                if (free[ranked.get(rank)] > 0) {
                    edge(graph, capacity, kind, kindCount + ranked.get(rank), count, rankCost[rank]);
                }
            }
            edge(graph, capacity, kind, none, count, noSeat);
        }
        for (int t = 0; t < tables; t++) {
            if (free[t] > 0) {
                edge(graph, capacity, kindCount + t, sink, free[t], 0);
            }
        }
        edge(graph, capacity, none, sink, n, 0);
        supply.put(sink, -n);

        MinimumCostFlowAlgorithm.MinimumCostFlow<DefaultWeightedEdge> flow = new CapacityScalingMinimumCostFlow<Integer, DefaultWeightedEdge>()
                .getMinimumCostFlow(new MinimumCostFlowProblem.MinimumCostFlowProblemImpl<>(graph,
                        v -> supply.getOrDefault(v, 0), capacity::get));
        for (int kind = 0; kind < kindCount; kind++) {
            List<Integer> people = members.get(kind);
            int next = 0;
            for (int choice : kindChoices.get(kind)) {
                DefaultWeightedEdge e = graph.getEdge(kind, kindCount + choice);
                int amount = e == null ? 0 : (int) Math.round(flow.getFlow(e));
                for (int i = 0; i < amount; i++) {
                    table[people.get(next++)] = choice;
                }
            }
        }
        return table;
    }

    private static void edge(Graph<Integer, DefaultWeightedEdge> graph, Map<DefaultWeightedEdge, Integer> capacity, int from, int to,
                             int cap, double cost) {
        DefaultWeightedEdge e = graph.addEdge(from, to);
        graph.setEdgeWeight(e, cost);
        capacity.put(e, cap);
    }
}
