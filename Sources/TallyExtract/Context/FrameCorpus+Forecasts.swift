/// Examples of ``ForecastEvidence``: a trade figure that is a target, a forecast or a view,
/// scored on its clause and period, has no flow; recorded trade keeps its flow.
extension FrameCorpus {
  static let forecasts: [FrameExample] = [
    // A word of a target near the figure (`targetNear`).
    .init(
      rule: "forecast.target-near",
      text: "Trade between Egypt and Turkey reached $32bn in 2023, short of the $35bn that had "
        + "been targeted.",
      date: "2024-02-01", span: "$35bn", expect: ["flow": "-"]),
    .init(
      rule: "forecast.target-near",
      text: "Trade between Egypt and Turkey reached $32bn in 2023. Officials in both capitals "
        + "had promised $30bn.",
      date: "2024-02-01", span: "$30bn", expect: ["flow": "-"]),
    .init(
      rule: "forecast.target-near",
      text: "Trade between Egypt and Turkey reached $32bn in 2023. The committee recommends "
        + "bringing turnover to 50 billion.",
      date: "2024-02-01", span: "50 billion", expect: ["flow": "-"]),
    // A forecaster and a period not over when the report appeared.
    .init(
      rule: "forecast.view-unfinished",
      text: "Our house view has trade between Egypt and Turkey back near $35bn this year.",
      date: "2024-01-20", span: "$35bn", expect: ["flow": "-"]),
    .init(
      rule: "forecast.view-unfinished",
      text: "Analysts at one Cairo bank put this year's trade between Egypt and Turkey at "
        + "$38bn.",
      date: "2024-01-20", span: "$38bn", expect: ["flow": "-"]),
    .init(
      rule: "forecast.view-unfinished",
      text: "Analysts at one Cairo brokerage expect trade between Egypt and Turkey to return to "
        + "growth of about 10% this year.",
      date: "2024-01-20", span: "10%", expect: ["flow": "-"]),
    // Negatives: a verb of recorded trade governs the figure; one feature alone; a target
    // word far from the figure.
    .init(
      rule: "forecast.recorded",
      text: "Analysts said trade between Egypt and Turkey rose to $35bn this year.",
      date: "2024-11-20", span: "$35bn", expect: ["flow": "total"]),
    .init(
      rule: "forecast.recorded",
      text: "Trade between Egypt and Turkey passed $35bn only this year.",
      date: "2024-11-20", span: "$35bn", expect: ["flow": "total"]),
    .init(
      rule: "forecast.recorded",
      text: "Customs said trade between Egypt and Turkey reached $32bn in 2023, beating the "
        + "old goal.",
      date: "2024-02-01", span: "$32bn", expect: ["flow": "total"]),
  ]
}
