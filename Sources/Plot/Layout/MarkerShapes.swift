import Foundation

/// The outlines of markers, as matplotlib's `MarkerStyle` draws them, scaled to a size.
enum MarkerShapes {
    /// Appends the marker centred at (x, y) with `size` points (the diameter of `'o'`).
    static func append(
        _ marker: Marker, x: Double, y: Double, size: Double, to path: inout PathData
    ) {
        let r = size / 2
        switch marker {
        case .circle, .point, .pixel:
            let radius = marker == .circle ? r : marker == .point ? r / 2 : 0.5
            circle(x, y, radius, &path)
        case .square:
            polygon([(-r, -r), (r, -r), (r, r), (-r, r)], x, y, &path)
        case .diamond:
            let d = r * sqrt(2)
            polygon([(0, -d), (d, 0), (0, d), (-d, 0)], x, y, &path)
        case .thinDiamond:
            let d = r * sqrt(2)
            polygon([(0, -d), (0.6 * d, 0), (0, d), (-0.6 * d, 0)], x, y, &path)
        case .triangleUp:
            polygon([(0, -r), (r, r), (-r, r)], x, y, &path)
        case .triangleDown:
            polygon([(0, r), (-r, -r), (r, -r)], x, y, &path)
        case .triangleLeft:
            polygon([(-r, 0), (r, -r), (r, r)], x, y, &path)
        case .triangleRight:
            polygon([(r, 0), (-r, r), (-r, -r)], x, y, &path)
        case .pentagon:
            polygon(regular(5, r, rotation: 0), x, y, &path)
        case .hexagon:
            polygon(regular(6, r, rotation: 0), x, y, &path)
        case .hexagonFlat:
            polygon(regular(6, r, rotation: .pi / 6), x, y, &path)
        case .octagon:
            polygon(regular(8, r, rotation: .pi / 8), x, y, &path)
        case .star:
            let outer = regular(5, r, rotation: 0)
            let inner = regular(5, r * 0.381966, rotation: .pi / 5)
            polygon(zip(outer, inner).flatMap { [$0, $1] }, x, y, &path)
        case .x:
            segment(-r, -r, r, r, x, y, &path)
            segment(-r, r, r, -r, x, y, &path)
        case .plus:
            segment(-r, 0, r, 0, x, y, &path)
            segment(0, -r, 0, r, x, y, &path)
        case .filledPlus:
            let a = r / 3
            polygon(
                [
                    (-a, -r), (a, -r), (a, -a), (r, -a), (r, a), (a, a), (a, r), (-a, r), (-a, a),
                    (-r, a), (-r, -a),
                    (-a, -a),
                ], x, y, &path)
        case .filledX:
            let a = r / 3
            let points = [
                (-a, -r), (a, -r), (a, -a), (r, -a), (r, a), (a, a), (a, r), (-a, r), (-a, a),
                (-r, a),
                (-r, -a), (-a, -a),
            ].map { (p: (Double, Double)) in
                ((p.0 - p.1) / sqrt(2), (p.0 + p.1) / sqrt(2))
            }
            polygon(points, x, y, &path)
        case .verticalLine:
            segment(0, -r, 0, r, x, y, &path)
        case .horizontalLine:
            segment(-r, 0, r, 0, x, y, &path)
        case .triDown, .triUp, .triLeft, .triRight:
            let angles: [Double]
            switch marker {
            case .triDown: angles = [90, 210, 330]
            case .triUp: angles = [270, 30, 150]
            case .triLeft: angles = [0, 120, 240]
            default: angles = [180, 300, 60]
            }
            for angle in angles {
                let radians = angle * .pi / 180
                segment(0, 0, r * cos(radians), r * sin(radians), x, y, &path)
            }
        }
    }

    /// Vertices of a regular polygon with a vertex up (y down).
    private static func regular(_ count: Int, _ radius: Double, rotation: Double) -> [(
        Double, Double
    )] {
        (0..<count).map { index in
            let angle = 2 * Double.pi * Double(index) / Double(count) + rotation
            return (radius * sin(angle), -radius * cos(angle))
        }
    }

    private static func circle(_ x: Double, _ y: Double, _ r: Double, _ path: inout PathData) {
        path.move(x - r, y)
        path.raw("a")
        path.number(r)
        path.raw(" ")
        path.number(r)
        path.raw(" 0 1 0 ")
        path.number(2 * r)
        path.raw(" 0a")
        path.number(r)
        path.raw(" ")
        path.number(r)
        path.raw(" 0 1 0 ")
        path.number(-2 * r)
        path.raw(" 0Z")
    }

    private static func polygon(
        _ points: [(Double, Double)], _ x: Double, _ y: Double, _ path: inout PathData
    ) {
        for (index, point) in points.enumerated() {
            if index == 0 {
                path.move(x + point.0, y + point.1)
            } else {
                path.line(x + point.0, y + point.1)
            }
        }
        path.close()
    }

    private static func segment(
        _ x0: Double, _ y0: Double, _ x1: Double, _ y1: Double, _ x: Double, _ y: Double,
        _ path: inout PathData
    ) {
        path.move(x + x0, y + y0)
        path.line(x + x1, y + y1)
    }
}
