#include "render/map/MapViewport.h"

namespace atlas {

const LambertConformalConic &MapViewport::projection()
{
    static const LambertConformalConic lcc; // stateless after construction
    return lcc;
}

double MapViewport::groundKmPerPixelAtCentre() const
{
    const double lat = projection().inverse(m_centre).y();
    return m_kmPerPixel / projection().scaleFactor(lat);
}

} // namespace atlas
