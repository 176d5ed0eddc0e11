package com.azora.web.token;

import com.azora.token.application.TokenSupplyService;
import com.azora.token.application.TokenViews.Supply;
import com.azora.token.application.TokenViews.SupplyDay;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.math.BigDecimal;
import java.util.function.Function;

/** AZR minted, burned and circulating, with a chart of the last 30 days. */
@Named
@RequestScoped
public class TokenSupplyPage {

  @EJB private TokenSupplyService service;

  private Supply supply;

  @PostConstruct
  void load() {
    supply = service.supply();
  }

  public Supply getSupply() {
    return supply;
  }

  /** Chart.js configuration: minted and burned per day as bars. */
  public String getChart() {
    JsonArrayBuilder labels = Json.createArrayBuilder();
    supply.days().forEach(d -> labels.add(d.day().toString()));
    return Json.createObjectBuilder()
        .add("type", "bar")
        .add(
            "data",
            Json.createObjectBuilder()
                .add("labels", labels)
                .add(
                    "datasets",
                    Json.createArrayBuilder()
                        .add(dataset("Minted", SupplyDay::minted))
                        .add(dataset("Burned", SupplyDay::burned))))
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

  private jakarta.json.JsonObjectBuilder dataset(
      String label, Function<SupplyDay, BigDecimal> value) {
    JsonArrayBuilder values = Json.createArrayBuilder();
    supply.days().forEach(d -> values.add(value.apply(d)));
    return Json.createObjectBuilder().add("label", label).add("data", values);
  }
}
