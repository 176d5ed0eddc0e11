package com.azora.web.assessment;

import com.azora.assessment.application.QuestionBankService;
import com.azora.assessment.application.QuizViews.QuestionBank;
import com.azora.assessment.domain.QuestionDraft;
import com.azora.assessment.domain.QuestionType;
import com.azora.platform.error.DomainException;
import com.azora.web.support.Faces;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A course's question bank: list, add, edit, delete unused questions. */
@Named
@ViewScoped
public class QuestionBankPage implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final int OPTION_ROWS = 6;

  @EJB private QuestionBankService bankService;

  /** One editable option row of the form. */
  public static class OptionRow implements Serializable {
    private static final long serialVersionUID = 1L;
    private String text;
    private boolean correct;

    public String getText() {
      return text;
    }

    public void setText(String text) {
      this.text = text;
    }

    public boolean isCorrect() {
      return correct;
    }

    public void setCorrect(boolean correct) {
      this.correct = correct;
    }
  }

  private long course;
  private QuestionBank bank;
  private Long editingId;
  private QuestionType type = QuestionType.SINGLE_CHOICE;
  private String prompt;
  private BigDecimal points = BigDecimal.ONE;
  private String explanation;
  private List<OptionRow> options = rows(List.of());
  private boolean trueIsCorrect = true;
  private String acceptedAnswers;
  private String pattern;

  public void load() {
    if (bank == null) {
      try {
        bank = bankService.bank(course);
      } catch (DomainException e) {
        NotFound.send(e);
      }
    }
  }

  public void save() {
    try {
      QuestionDraft draft = draft();
      if (editingId == null) {
        bankService.create(course, draft);
        Faces.info("Question added.");
      } else {
        bankService.update(editingId, draft);
        Faces.info("Question saved.");
      }
      clear();
      bank = bankService.bank(course);
    } catch (DomainException e) {
      Faces.show(e, "question");
    }
  }

  public void edit(long id) {
    try {
      QuestionDraft d = bankService.question(id);
      editingId = id;
      type = d.type();
      prompt = d.prompt();
      points = d.points();
      explanation = d.explanation();
      options = rows(d.options());
      trueIsCorrect = d.type() != QuestionType.TRUE_FALSE || d.options().get(0).correct();
      acceptedAnswers = String.join("\n", d.acceptedAnswers());
      pattern = d.pattern();
    } catch (DomainException e) {
      Faces.show(e, "bank");
    }
  }

  public void delete(long id) {
    try {
      bankService.delete(id);
      if (Long.valueOf(id).equals(editingId)) {
        clear();
      }
      bank = bankService.bank(course);
      Faces.info("Question deleted.");
    } catch (DomainException e) {
      Faces.show(e, "bank");
    }
  }

  public void cancel() {
    clear();
  }

  private void clear() {
    editingId = null;
    prompt = null;
    points = BigDecimal.ONE;
    explanation = null;
    options = rows(List.of());
    trueIsCorrect = true;
    acceptedAnswers = null;
    pattern = null;
  }

  private QuestionDraft draft() {
    List<QuestionDraft.OptionDraft> opts =
        type == QuestionType.TRUE_FALSE
            ? List.of(
                new QuestionDraft.OptionDraft("True", trueIsCorrect),
                new QuestionDraft.OptionDraft("False", !trueIsCorrect))
            : options.stream()
                .map(o -> new QuestionDraft.OptionDraft(o.getText(), o.isCorrect()))
                .toList();
    List<String> answers =
        acceptedAnswers == null ? List.of() : Arrays.asList(acceptedAnswers.split("\\R"));
    return new QuestionDraft(type, prompt, points, explanation, opts, answers, pattern);
  }

  private static List<OptionRow> rows(List<QuestionDraft.OptionDraft> from) {
    List<OptionRow> rows = new ArrayList<>();
    for (int i = 0; i < Math.max(OPTION_ROWS, from.size()); i++) {
      OptionRow r = new OptionRow();
      if (i < from.size()) {
        r.setText(from.get(i).text());
        r.setCorrect(from.get(i).correct());
      }
      rows.add(r);
    }
    return rows;
  }

  public QuestionType[] getTypes() {
    return QuestionType.values();
  }

  public QuestionBank getBank() {
    return bank;
  }

  public long getCourse() {
    return course;
  }

  public void setCourse(long course) {
    this.course = course;
  }

  public Long getEditingId() {
    return editingId;
  }

  public QuestionType getType() {
    return type;
  }

  public void setType(QuestionType type) {
    this.type = type;
  }

  public String getPrompt() {
    return prompt;
  }

  public void setPrompt(String prompt) {
    this.prompt = prompt;
  }

  public BigDecimal getPoints() {
    return points;
  }

  public void setPoints(BigDecimal points) {
    this.points = points;
  }

  public String getExplanation() {
    return explanation;
  }

  public void setExplanation(String explanation) {
    this.explanation = explanation;
  }

  public List<OptionRow> getOptions() {
    return options;
  }

  public boolean isTrueIsCorrect() {
    return trueIsCorrect;
  }

  public void setTrueIsCorrect(boolean trueIsCorrect) {
    this.trueIsCorrect = trueIsCorrect;
  }

  public String getAcceptedAnswers() {
    return acceptedAnswers;
  }

  public void setAcceptedAnswers(String acceptedAnswers) {
    this.acceptedAnswers = acceptedAnswers;
  }

  public String getPattern() {
    return pattern;
  }

  public void setPattern(String pattern) {
    this.pattern = pattern;
  }
}
