package com.azora.web.payment;

import com.azora.payment.application.CheckoutService;
import com.azora.payment.application.PaymentViews.OrderView;
import com.azora.web.support.PagedModel;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;

/** The learner's orders with statuses and receipt links. */
@Named
@ViewScoped
public class MyPaymentsPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private CheckoutService checkout;

  private final PagedModel<OrderView> orders =
      new PagedModel<>((first, size) -> checkout.myOrders(first, size));

  public PagedModel<OrderView> getOrders() {
    return orders;
  }
}
