//! A figure's history as a small inline SVG chart: each value the sources gave, on
//! a time axis, the draft's value and the latest marked. Drawn here from plain
//! numbers (no script, no external file), with its values and days written on it
//! so that it reads without the table beside it.

use super::escape::html;
use crate::lang::dating::Day;

/// One value of a figure's history.
#[derive(Debug, Clone, PartialEq)]
pub struct Point {
    pub day: Day,
    /// The figure as a number, when the source's claim is one.
    pub number: Option<f64>,
    /// The figure as the source writes it.
    pub label: String,
    /// The day as the page writes it (`2 mars`, `March 2`).
    pub day_label: String,
    /// The draft gives this value.
    pub drafts: bool,
    /// Of the latest day.
    pub latest: bool,
}

const WIDTH: f64 = 320.0;
const HEIGHT: f64 = 150.0;
const LEFT: f64 = 24.0;
const RIGHT: f64 = 24.0;
const TOP: f64 = 26.0;
const BOTTOM: f64 = 34.0;

/// The chart of `points` (oldest first); `title` names it for screen readers.
/// Empty when there is nothing to draw.
pub fn chart(points: &[Point], title: &str) -> String {
    if points.is_empty() {
        return String::new();
    }
    let xs = x_positions(points);
    let ys = y_positions(points);
    let mut svg = format!(
        "<svg class=\"chart\" viewBox=\"0 0 {WIDTH} {HEIGHT}\" width=\"{WIDTH}\" height=\"{HEIGHT}\" role=\"img\" aria-label=\"{}\" xmlns=\"http://www.w3.org/2000/svg\">",
        html(title)
    );
    svg.push_str(&format!("<title>{}</title>", html(title)));
    let base = HEIGHT - BOTTOM;
    svg.push_str(&format!(
        "<line class=\"axis\" x1=\"{LEFT}\" y1=\"{base}\" x2=\"{}\" y2=\"{base}\"/>",
        WIDTH - RIGHT
    ));
    // A step line: a figure holds until the next one replaces it.
    let mut path = String::new();
    for (i, (x, y)) in xs.iter().zip(&ys).enumerate() {
        if i == 0 {
            path.push_str(&format!("M{x:.1} {y:.1}"));
        } else {
            path.push_str(&format!(" H{x:.1} V{y:.1}"));
        }
    }
    svg.push_str(&format!("<path class=\"line\" d=\"{path}\"/>"));
    let mut last_day_x = f64::NEG_INFINITY;
    for (i, p) in points.iter().enumerate() {
        let (x, y) = (xs[i], ys[i]);
        // Labels at the edges grow inwards, so that none is cut off.
        let anchor = if x <= LEFT + 1.0 && points.len() > 1 {
            "start"
        } else if x >= WIDTH - RIGHT - 1.0 {
            "end"
        } else {
            "middle"
        };
        let label_x = match anchor {
            "start" => x - 6.0,
            "end" => x + 6.0,
            _ => x,
        };
        let class = match (p.drafts, p.latest) {
            (true, _) => "point drafts",
            (false, true) => "point latest",
            _ => "point",
        };
        svg.push_str(&format!(
            "<circle class=\"{class}\" cx=\"{x:.1}\" cy=\"{y:.1}\" r=\"4.5\"><title>{} · {}</title></circle>",
            html(&p.label),
            html(&p.day_label)
        ));
        svg.push_str(&format!(
            "<text class=\"value\" x=\"{label_x:.1}\" y=\"{:.1}\" text-anchor=\"{anchor}\">{}</text>",
            y - 9.0,
            html(&p.label)
        ));
        // One day label per day.
        if (x - last_day_x).abs() > 1.0 {
            svg.push_str(&format!(
                "<text class=\"day\" x=\"{label_x:.1}\" y=\"{:.1}\" text-anchor=\"{anchor}\">{}</text>",
                base + 18.0,
                html(&p.day_label)
            ));
            last_day_x = x;
        }
    }
    svg.push_str("</svg>");
    svg
}

/// Where each point stands across: by its day, the first at the left and the last
/// at the right; by order when all are of one day.
fn x_positions(points: &[Point]) -> Vec<f64> {
    let span = WIDTH - LEFT - RIGHT;
    let first = points[0].day;
    let days: Vec<i32> = points
        .iter()
        .map(|p| p.day.days_since(first).unwrap_or(0))
        .collect();
    let last = days.iter().copied().max().unwrap_or(0);
    if last <= 0 {
        let n = points.len();
        if n == 1 {
            return vec![LEFT + span / 2.0];
        }
        return (0..n)
            .map(|i| LEFT + span * i as f64 / (n - 1) as f64)
            .collect();
    }
    days.iter()
        .map(|&d| LEFT + span * f64::from(d) / f64::from(last))
        .collect()
}

/// Where each point stands up: by its number, from zero when the figures are
/// counts well above it, else from a little under the smallest; mid-height for a
/// value that is not a number.
fn y_positions(points: &[Point]) -> Vec<f64> {
    let top = TOP;
    let bottom = HEIGHT - BOTTOM - 6.0;
    let numbers: Vec<f64> = points.iter().filter_map(|p| p.number).collect();
    let (Some(min), Some(max)) = (
        numbers.iter().copied().reduce(f64::min),
        numbers.iter().copied().reduce(f64::max),
    ) else {
        return vec![(top + bottom) / 2.0; points.len()];
    };
    let low = if min >= 0.0 && min <= max * 0.5 {
        0.0
    } else if max > min {
        min - (max - min) * 0.25
    } else {
        min - min.abs().max(1.0) * 0.5
    };
    let high = if max > low { max } else { low + 1.0 };
    points
        .iter()
        .map(|p| match p.number {
            Some(n) => bottom - (bottom - top) * (n - low) / (high - low),
            None => (top + bottom) / 2.0,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn point(day: u32, n: f64, drafts: bool, latest: bool) -> Point {
        Point {
            day: Day::new(2026, 3, day).unwrap_or(Day {
                year: 2026,
                month: 3,
                day: 1,
            }),
            number: Some(n),
            label: format!("{n}"),
            day_label: format!("March {day}"),
            drafts,
            latest,
        }
    }

    /// `check(points, expected (x, y) of each)`, rounded.
    fn check(points: &[Point], expected: &[(i64, i64)]) {
        let got: Vec<(i64, i64)> = x_positions(points)
            .into_iter()
            .zip(y_positions(points))
            .map(|(x, y)| (x.round() as i64, y.round() as i64))
            .collect();
        assert_eq!(got, expected);
    }

    #[test]
    fn days_go_across_and_figures_up() {
        // 300 on the 2nd, 650 on the 3rd, 900 on the 5th: time spaced, counts from 0.
        check(
            &[
                point(2, 300.0, true, false),
                point(3, 650.0, false, false),
                point(5, 900.0, false, true),
            ],
            &[(24, 82), (115, 49), (296, 26)],
        );
        // Close percentages are not drawn from zero.
        check(
            &[point(2, 51.0, true, false), point(2, 52.0, false, true)],
            &[(24, 93), (296, 26)],
        );
        check(&[point(2, 7.0, true, true)], &[(160, 26)]);
    }

    #[test]
    fn the_svg_names_its_values_and_marks_the_drafts() {
        let svg = chart(
            &[point(2, 300.0, true, false), point(5, 900.0, false, true)],
            "History <of> the figure",
        );
        assert!(svg.starts_with("<svg class=\"chart\""), "{svg}");
        assert!(
            svg.contains("aria-label=\"History &lt;of&gt; the figure\""),
            "{svg}"
        );
        assert!(svg.contains("class=\"point drafts\""), "{svg}");
        assert!(svg.contains("class=\"point latest\""), "{svg}");
        assert!(svg.contains(">March 5</text>"), "{svg}");
        assert!(!svg.contains("href"), "{svg}");
        assert_eq!(chart(&[], "t"), "");
    }
}
