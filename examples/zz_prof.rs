use digital_health_roles::*;
fn main() {
    let titles = [
        "Paediatric Clinical Safety Officer",
        "Senior Data Analyst, Band 6, Performance Team",
        "Snr Clinical Safety Officer (Band 7)",
        "Network Engineer",
        "Test Analyst - Fixed Term (Band 5)",
        "Physiotherapist",
        "Information Governance and Cyber Security Lead",
        "Digital Programme Manager",
    ];
    let mut n = 0usize;
    for _ in 0..20000 {
        for t in &titles {
            if let Ok(c) = classify(std::hint::black_box(t)) {
                n += c.evidence().len();
            }
        }
    }
    println!("{n}");
}
