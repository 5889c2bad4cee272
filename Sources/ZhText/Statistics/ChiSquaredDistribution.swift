import Foundation

/// The chi-squared distribution's upper tail, for tests with any number of degrees of freedom
/// (`ContingencyTable.pValue(chiSquared:)` covers one).
///
/// P(X ≥ x) for k degrees of freedom is the regularised upper incomplete gamma function
/// Q(k/2, x/2), computed by its power series below a + 1 and by its continued fraction above
/// (Abramowitz & Stegun 1964, 6.5.29 and 6.5.31), to a relative error of about 1e-14.
public enum ChiSquaredDistribution {
    /// P(X ≥ `x`) for a chi-squared variable with `degreesOfFreedom` (≥ 1); 1 when x ≤ 0.
    public static func upperTail(_ x: Double, degreesOfFreedom: Int) -> Double {
        guard x > 0, degreesOfFreedom > 0 else { return 1 }
        return regularizedUpperGamma(Double(degreesOfFreedom) / 2, x / 2)
    }

    /// Q(a, x) = Γ(a, x) / Γ(a).
    static func regularizedUpperGamma(_ a: Double, _ x: Double) -> Double {
        let logPrefix = a * log(x) - x - lgamma(a)
        if x < a + 1 {
            // P(a, x) = e^(−x) x^a / Γ(a + 1) · Σ x^n / ((a + 1)…(a + n)).
            var term = 1 / a, sum = term, denominator = a
            for _ in 0..<10_000 {
                denominator += 1
                term *= x / denominator
                sum += term
                if abs(term) < abs(sum) * 1e-15 { break }
            }
            return max(0, min(1, 1 - sum * exp(logPrefix)))
        }
        // Continued fraction for Q, evaluated by the modified Lentz method.
        let tiny = 1e-300
        var b = x + 1 - a, c = 1 / tiny, d = 1 / b, fraction = d
        for i in 1..<10_000 {
            let an = -Double(i) * (Double(i) - a)
            b += 2
            d = an * d + b
            if abs(d) < tiny { d = tiny }
            c = b + an / c
            if abs(c) < tiny { c = tiny }
            d = 1 / d
            let step = d * c
            fraction *= step
            if abs(step - 1) < 1e-15 { break }
        }
        return max(0, min(1, exp(logPrefix) * fraction))
    }
}
