#include "geo/Projection.h"

#include <algorithm>
#include <cmath>

namespace atlas {

namespace {
constexpr double deg = M_PI / 180.0;
double tanHalf(double phi) { return std::tan(M_PI / 4 + phi / 2); }
} // namespace

LambertConformalConic::LambertConformalConic(double sp1, double sp2, double lon0, double lat0)
    : m_lon0(lon0)
{
    const double p1 = sp1 * deg, p2 = sp2 * deg, p0 = lat0 * deg;
    m_n = std::abs(sp1 - sp2) < 1e-9
              ? std::sin(p1) // one standard parallel: the tangent cone
              : std::log(std::cos(p1) / std::cos(p2)) / std::log(tanHalf(p2) / tanHalf(p1));
    m_f = std::cos(p1) * std::pow(tanHalf(p1), m_n) / m_n;
    m_rho0 = earthRadiusKm * m_f / std::pow(tanHalf(p0), m_n);
}

QPointF LambertConformalConic::forward(const QPointF &lonLat) const
{
    // Clamp short of the poles: the south pole maps to infinity on this cone.
    const double phi = std::clamp(lonLat.y(), -89.5, 89.99) * deg;
    double dLon = lonLat.x() - m_lon0;
    dLon = std::remainder(dLon, 360.0); // [-180, 180]
    const double rho = earthRadiusKm * m_f / std::pow(tanHalf(phi), m_n);
    const double theta = m_n * dLon * deg;
    return {rho * std::sin(theta), m_rho0 - rho * std::cos(theta)};
}

QPointF LambertConformalConic::inverse(const QPointF &km) const
{
    const double dy = m_rho0 - km.y();
    const double rho = std::copysign(std::hypot(km.x(), dy), m_n);
    const double theta = std::atan2(km.x() * (m_n < 0 ? -1 : 1), dy * (m_n < 0 ? -1 : 1));
    const double phi = rho == 0 ? std::copysign(M_PI / 2, m_n)
                                : 2 * std::atan(std::pow(earthRadiusKm * m_f / rho, 1 / m_n)) - M_PI / 2;
    double lon = m_lon0 + theta / m_n / deg;
    lon = std::remainder(lon, 360.0);
    return {lon, phi / deg};
}

double LambertConformalConic::scaleFactor(double lat) const
{
    const double phi = lat * deg;
    const double rho = earthRadiusKm * m_f / std::pow(tanHalf(phi), m_n);
    return m_n * rho / (earthRadiusKm * std::cos(phi));
}

} // namespace atlas
