package com.azora.web.settlement;

import com.azora.settlement.application.Earnings;
import com.azora.settlement.application.EarningsService;
import com.azora.settlement.application.SettlementViews;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/** The instructor's earnings page, with a Chart.js bar chart of net earnings per month. */
@Named
@RequestScoped
public class EarningsPage {

  @EJB private EarningsService earnings;

  private Earnings data;
  private List<SettlementViews.SettlementRow> settlements;

  /** The caller's latest settlements (what moved from pending to available, per period). */
  public List<SettlementViews.SettlementRow> getSettlements() {
    if (settlements == null) {
      settlements = earnings.mySettlements(0, 20).rows();
    }
    return settlements;
  }

  public Earnings getData() {
    if (data == null) {
      data = earnings.mine();
    }
    return data;
  }

  /** Net earnings (sales less refunds) per month, one bar series per currency. */
  public String getMonthChart() {
    TreeSet<String> months = new TreeSet<>();
    Map<String, Map<String, BigDecimal>> byCurrency = new TreeMap<>();
    for (Earnings.ByMonth m : getData().byMonth()) {
      months.add(m.month());
      byCurrency.computeIfAbsent(m.currency(), c -> new LinkedHashMap<>()).put(m.month(), m.net());
    }
    JsonArrayBuilder labels = Json.createArrayBuilder();
    months.forEach(labels::add);
    JsonArrayBuilder datasets = Json.createArrayBuilder();
    byCurrency.forEach(
        (currency, values) -> {
          JsonArrayBuilder points = Json.createArrayBuilder();
          months.forEach(m -> points.add(values.getOrDefault(m, BigDecimal.ZERO)));
          datasets.add(
              Json.createObjectBuilder()
                  .add("label", "Net earnings " + currency)
                  .add("data", points));
        });
    return Json.createObjectBuilder()
        .add("type", "bar")
        .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
        .add(
            "options",
            Json.createObjectBuilder()
                .add(
                    "scales",
                    Json.createObjectBuilder()
                        .add("y", Json.createObjectBuilder().add("beginAtZero", true))))
        .build()
        .toString();
  }
}
