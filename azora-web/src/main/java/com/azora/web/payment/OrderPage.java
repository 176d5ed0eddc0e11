package com.azora.web.payment;

import com.azora.payment.application.CheckoutService;
import com.azora.payment.application.PaymentViews.OrderView;
import com.azora.platform.error.DomainException;
import com.azora.web.support.Faces;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * One of the learner's orders: its status, the bank-transfer instructions while pending, and the
 * receipt once paid. Returning from Stripe lands here; loading asks Stripe and fulfils if paid.
 */
@Named
@ViewScoped
public class OrderPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private CheckoutService checkout;

  private String ref;
  private OrderView order;
  private String problem;

  public void load() {
    if (order == null) {
      try {
        order = checkout.refresh(ref);
      } catch (DomainException e) {
        if (e.kind() == DomainException.Kind.NOT_FOUND) {
          Faces.notFound(e.getMessage());
          return;
        }
        // Stripe unreachable: show what we know and say so.
        problem = e.getMessage();
        order = checkout.order(ref);
      }
    }
  }

  public OrderView getOrder() {
    return order;
  }

  public String getProblem() {
    return problem;
  }

  public String getRef() {
    return ref;
  }

  public void setRef(String ref) {
    this.ref = ref;
  }
}
